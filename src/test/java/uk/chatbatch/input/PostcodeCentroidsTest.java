package uk.chatbatch.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.chatbatch.input.PostcodeCentroids.Centroid;

class PostcodeCentroidsTest {

    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        return Files.writeString(dir.resolve("centroids.csv"), content);
    }

    @Test
    void readsTheThreeColumnsInAnyOrderAndMatchesPostcodesIgnoringSpacesAndCase() throws Exception {
        Path csv = file("""
                \uFEFFLongitude,Postcode,country,Latitude
                -0.141588,SW1A 1AA,E92000001,51.501009
                -1.890401,B1 1BB,E92000001,52.486243
                0.000000,ZZ99 9ZZ,E92000001,99.999999
                0.1,XX1 1XX,E92000001,
                """);

        PostcodeCentroids centroids = PostcodeCentroids.load(csv);

        assertThat(centroids.find("sw1a1aa")).contains(new Centroid(51.501009, -0.141588));
        assertThat(centroids.find(" SW1A  1AA ")).isPresent();
        assertThat(centroids.find("B1 1BB")).isPresent();
        assertThat(centroids.find("ZZ99 9ZZ")).as("ONS's 99.999999: no location").isEmpty();
        assertThat(centroids.find("XX1 1XX")).as("blank latitude").isEmpty();
        assertThat(centroids.find(null)).isEmpty();
        assertThat(centroids.size()).isEqualTo(2);
    }

    @Test
    void keepsOnlyThePostcodesAskedFor() throws Exception {
        Path csv = file("postcode,latitude,longitude\nSW1A 1AA,51.501009,-0.141588\nB1 1BB,52.486243,-1.890401\n");

        PostcodeCentroids centroids = PostcodeCentroids.load(csv, Set.of("b11bb"));

        assertThat(centroids.size()).isEqualTo(1);
        assertThat(centroids.find("B1 1BB")).isPresent();
    }

    @Test
    void aValueThatIsNotANumberNamesTheFileRowColumnAndValue() throws Exception {
        Path csv = file("postcode,latitude,longitude\nSW1A 1AA,51.501009,-0.141588\nB1 1BB,north,-1.890401\n");

        assertThatThrownBy(() -> PostcodeCentroids.load(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(csv.toString()).hasMessageContaining("row 3")
                .hasMessageContaining("latitude").hasMessageContaining("'north'");
    }

    @Test
    void aHeaderWithoutTheColumnsSaysWhichIsMissing() throws Exception {
        Path csv = file("pcd,lat,long\nSW1A 1AA,51.501009,-0.141588\n");

        assertThatThrownBy(() -> PostcodeCentroids.load(csv))
                .hasMessageContaining("no column postcode").hasMessageContaining("postcode, latitude and longitude");
    }

    @Test
    void distancesAreGreatCircleMiles() {
        Centroid westminster = new Centroid(51.501009, -0.141588);
        Centroid birmingham = new Centroid(52.486243, -1.890401);

        assertThat(PostcodeCentroids.miles(westminster, birmingham)).isCloseTo(101.3, within(0.5));
        assertThat(PostcodeCentroids.miles(westminster, westminster)).isZero();
        assertThat(PostcodeCentroids.miles(new Centroid(51.0, 0.0), new Centroid(51.288, 0.0)))
                .isCloseTo(19.90, within(0.01));
    }
}
