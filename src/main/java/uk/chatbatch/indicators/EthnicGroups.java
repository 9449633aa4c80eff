package uk.chatbatch.indicators;

import java.util.List;

/**
 * The catalogue's grouping of DfE ethnicity codes (../shared/reference/indicators.md section 2). Chinese
 * (CHNE) is grouped with Other, as DfE historically did; check the current DfE grouping before comparing.
 */
public final class EthnicGroups {

    public static final List<String> GROUPS = List.of("White", "Mixed", "Asian", "Black", "Other",
            "Refused or not obtained", Breakdown.UNKNOWN);

    private EthnicGroups() {
    }

    public static String group(String code) {
        if (code == null) {
            return Breakdown.UNKNOWN;
        }
        switch (code) {
            case "WBRI": case "WIRI": case "WIRT": case "WOTH": case "WROM":
                return "White";
            case "MWBC": case "MWBA": case "MWAS": case "MOTH":
                return "Mixed";
            case "AIND": case "APKN": case "ABAN": case "AOTH":
                return "Asian";
            case "BCRB": case "BAFR": case "BOTH":
                return "Black";
            case "CHNE": case "OOTH":
                return "Other";
            case "REFU": case "NOBT":
                return "Refused or not obtained";
            default:
                return Breakdown.UNKNOWN;
        }
    }
}
