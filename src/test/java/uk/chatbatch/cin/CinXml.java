package uk.chatbatch.cin;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Hand-written CIN census documents for tests: a header for a census year around the children given. */
public final class CinXml {

    private CinXml() {
    }

    /**
     * A census whose header says the given census year (ReferenceDate 31 March of it, Year the same).
     * The header takes lines 1 to 10, so the first line of {@code children} is line 11.
     */
    public static String census(int censusYear, String children) {
        return header("<Year>" + censusYear + "</Year>\n"
                + "      <ReferenceDate>" + censusYear + "-03-31</ReferenceDate>") + children + "  </Children>\n</Message>\n";
    }

    /** A census with the given CollectionDetails content (two lines, or padded to two). */
    static String header(String collectionDetails) {
        String details = collectionDetails.contains("\n") ? collectionDetails : collectionDetails + "\n";
        return "<Message>\n"
                + "  <Header>\n"
                + "    <CollectionDetails>\n"
                + "      <Collection>CIN</Collection>\n"
                + "      " + details + "\n"
                + "    </CollectionDetails>\n"
                + "    <Source><SourceLevel>L</SourceLevel><LEA>201</LEA></Source>\n"
                + "  </Header>\n"
                + "  <Children>\n";
    }

    /** A complete, clean child of the 2023-24 shape with one episode holding one of everything. */
    public static String child(String id) {
        return """
                <Child>
                  <ChildIdentifiers>
                    <LAchildID>%s</LAchildID>
                    <UPN>A123456789012</UPN>
                    <UPNunknown>UN1</UPNunknown>
                    <PersonBirthDate>2015-06-01</PersonBirthDate>
                    <GenderCurrent>2</GenderCurrent>
                  </ChildIdentifiers>
                  <ChildCharacteristics>
                    <Ethnicity>WBRI</Ethnicity>
                    <Disabilities><Disability>NONE</Disability></Disabilities>
                  </ChildCharacteristics>
                  <CINdetails>
                    <CINreferralDate>2023-05-02</CINreferralDate>
                    <ReferralSource>2A</ReferralSource>
                    <PrimaryNeedCode>N1</PrimaryNeedCode>
                    <Assessments>
                      <AssessmentActualStartDate>2023-05-03</AssessmentActualStartDate>
                      <AssessmentAuthorisationDate>2023-06-01</AssessmentAuthorisationDate>
                      <FactorsIdentifiedAtAssessment><AssessmentFactors>3B</AssessmentFactors></FactorsIdentifiedAtAssessment>
                    </Assessments>
                    <CINPlanDates><CINPlanStartDate>2023-06-02</CINPlanStartDate></CINPlanDates>
                    <Section47>
                      <S47ActualStartDate>2023-05-04</S47ActualStartDate>
                      <ICPCnotRequired>0</ICPCnotRequired>
                    </Section47>
                    <ReferralNFA>0</ReferralNFA>
                    <ChildProtectionPlans>
                      <CPPstartDate>2023-05-20</CPPstartDate>
                      <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
                      <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
                      <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
                      <Reviews><CPPreviewDate>2023-08-20</CPPreviewDate></Reviews>
                    </ChildProtectionPlans>
                  </CINdetails>
                </Child>
                """.formatted(id);
    }

    static CinCollectingSink read(String xml) {
        CinCollectingSink sink = new CinCollectingSink();
        read(xml, sink);
        return sink;
    }

    static CinFileResult read(String xml, CinSink sink) {
        return new CinCensusIngest(m -> { }).ingest(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml", sink);
    }
}
