package uk.chatbatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.chatbatch.catalogue.CatalogueDocument;
import uk.chatbatch.indicators.IndicatorCatalogue;
import uk.chatbatch.indicators.IndicatorMetadata;

@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "Lists the indicator catalogue, or writes it as a markdown document or a CSV table.")
final class IndicatorsCommand implements Callable<Integer> {

    @Option(names = "--markdown", paramLabel = "<file.md>", description = "Write the catalogue document.")
    Path markdown;

    @Option(names = "--csv", paramLabel = "<file.csv>", description = "Write the catalogue as a table.")
    Path csv;

    @Option(names = "--issue-codes", paramLabel = "<file.md>",
            description = "Write the list of issue codes ingest and the checks raise.")
    Path issueCodes;

    @Override
    public Integer call() throws Exception {
        List<IndicatorMetadata> catalogue = IndicatorCatalogue.discover().definitions();
        if (markdown != null) {
            write(markdown, CatalogueDocument.markdown(catalogue));
        }
        if (csv != null) {
            write(csv, CatalogueDocument.csv(catalogue));
        }
        if (issueCodes != null) {
            write(issueCodes, CatalogueDocument.issueCodes());
        }
        if (markdown == null && csv == null && issueCodes == null) {
            for (IndicatorMetadata m : catalogue) {
                System.out.printf("%-9s %-70s %-20s %s%n", m.id(), m.title(), m.unit().label(), m.sourceLabel());
            }
            System.out.println(catalogue.size() + " indicators. Definitions: indicators --markdown <file>.");
        }
        return ExitCodes.OK;
    }

    private static void write(Path file, String text) throws java.io.IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, text);
        System.out.println("Wrote " + file);
    }
}
