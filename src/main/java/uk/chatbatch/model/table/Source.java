package uk.chatbatch.model.table;

/** The inputs the product reads, as datasets and messages name them. */
public enum Source {
    ANNEX_A("annex_a", "Annex A"),
    SSDA903("ssda903", "SSDA903"),
    CIN_CENSUS("cin_census", "CIN census");

    private final String id;
    private final String label;

    Source(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name in datasets: annex_a, ssda903, cin_census. */
    public String id() {
        return id;
    }

    /** The name in messages and descriptions: "SSDA903", "CIN census". */
    public String label() {
        return label;
    }
}
