package uk.chatbatch.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.chatbatch.cin.CinXml;

/**
 * Small synthetic inputs of the three sources for the corpus: LA 201, period ending 31 March 2024
 * (census year 2023-24, SSDA903 collection 2023-24), identifiers long enough that no count or date could
 * be mistaken for one.
 */
final class Inputs {

    static final String LA = "201";
    static final String PERIOD_END = "2024-03-31";

    static final String CONTACT_HEADER = "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
            + "Date of Contact,Contact Source";
    static final Object[] CONTACT_HEADER_CELLS = CONTACT_HEADER.split(",");

    static final String EPISODES_HEADER = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN";

    /** The identifiers, dates of birth and postcodes the corpus plants, none of which may reach the console. */
    static final java.util.Set<String> CHILD_DETAILS = java.util.Set.of("100000001", "100000002", "100000003",
            "100000004", "CHILD0000001", "CHILD0000002", "14/02/2015", "2015-02-14", "2015-06-01", "A123456789012", "AB1 2CD",
            "EF3 4GH");

    private Inputs() {
    }

    /** A clean List 1 row for the given child, contacted on the given date (dd/mm/yyyy). */
    static String contact(String childId, String dateOfContact) {
        return childId + ",b) Female,a) WBRI,14/02/2015,9," + dateOfContact + ",6";
    }

    /** A clean SSDA903 episode of the 2023-24 collection, open at the year end. */
    static String episode(String child, String decom, String dec) {
        return child + "," + decom + ",S,C2,N1,U4,PR1," + dec + "," + (dec.isEmpty() ? "" : "E11") + ",,"
                + "AB1 2CD,EF3 4GH,SC123456";
    }

    /** A CIN census of the 2023-24 shape for LA 201 around the children given. */
    static String census(String children) {
        return CinXml.census(2024, children);
    }

    /** One child with one of everything, referred on {@code referralDate} as written in the XML. */
    static String cinChild(String id, String referralDate) {
        return CinXml.child(id).replace("<CINreferralDate>2023-05-02<", "<CINreferralDate>" + referralDate + "<");
    }

    static Path write(Path file, String content) {
        return write(file, content, StandardCharsets.UTF_8);
    }

    static Path write(Path file, String content, Charset charset) {
        return bytes(file, content.getBytes(charset));
    }

    static Path bytes(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines joined by {@code \n}, ended by one. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
