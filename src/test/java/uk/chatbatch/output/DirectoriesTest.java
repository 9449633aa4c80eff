package uk.chatbatch.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoriesTest {

    @TempDir
    Path dir;

    @Test
    void deletesADirectoryAndEverythingInIt() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree/a/b"));
        Files.writeString(tree.resolve("part-00000.parquet"), "x");
        Files.writeString(dir.resolve("tree/top.txt"), "y");

        Directories.deleteRecursively(dir.resolve("tree"));

        assertThat(dir.resolve("tree")).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aMissingPathIsNotAnError() throws IOException {
        Directories.deleteRecursively(dir.resolve("never-created"));

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aSymbolicLinkIsRemovedButWhatItPointsToIsKept() throws IOException {
        Path published = Files.createDirectories(dir.resolve("published"));
        Files.writeString(published.resolve("keep.txt"), "published data");
        Path staging = Files.createDirectories(dir.resolve("staging"));
        Files.createSymbolicLink(staging.resolve("link"), published);

        Directories.deleteRecursively(staging);

        assertThat(staging).doesNotExist();
        assertThat(published.resolve("keep.txt")).hasContent("published data");
    }
}
