package uk.chatbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher builds only the command a command line names (picocli reads each command's options by reflection, a
 * cost at every start); everything a user sees is as when every command is built: the list of commands, each
 * command's own help, help through "help", and the suggestion for a misspelt command.
 */
class LauncherTest {

    @Test
    void theUsageListsEveryCommandInItsOrderThenHelp() {
        CapturedOutput usage = CapturedOutput.launch("--help");

        assertThat(usage.exitCode()).isZero();
        // A command's line starts two spaces in; its description's wrapped lines further in.
        List<String> commands = usage.out().lines().dropWhile(line -> !line.equals("Commands:")).skip(1)
                .filter(line -> line.matches("  \\S.*")).map(line -> line.strip().split("\\s+")[0]).toList();
        assertThat(commands).containsExactly("run", "schedule", "generate", "indicators", "children", "benchmark",
                "rollup", "compact", "help");
    }

    @Test
    void aCommandsHelpIsTheSameAskedOfItOrThroughHelp() {
        CapturedOutput own = CapturedOutput.launch("run", "--help");
        CapturedOutput throughHelp = CapturedOutput.launch("help", "run");

        assertThat(own.out()).startsWith("Usage: chat-batch run ").contains("--annex-a");
        assertThat(throughHelp.out()).isEqualTo(own.out());
    }

    @Test
    void aMisspeltCommandIsRefusedWithTheNearestCommandsSuggested() {
        CapturedOutput misspelt = CapturedOutput.launch("genrate");

        assertThat(misspelt.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(misspelt.err()).contains("Unmatched argument at index 0: 'genrate'").contains("chat-batch generate");
    }
}
