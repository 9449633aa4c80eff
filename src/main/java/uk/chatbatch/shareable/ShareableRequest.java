package uk.chatbatch.shareable;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the job file asks of the shareable datasets beyond the indicators (always written): which internal datasets
 * to share child by child, pseudonymised, and the file holding the LA's key for that.
 *
 * @param childLevel dataset names from {@link ChildLevelColumns#datasets()}, in the order given
 * @param keyFile    the pseudonymisation key's file; only its path is ever passed around, never the key
 */
public record ShareableRequest(List<String> childLevel, Optional<Path> keyFile) {

    public ShareableRequest {
        childLevel = List.copyOf(childLevel);
    }

    /** Shareable indicators only. */
    public static ShareableRequest indicatorsOnly() {
        return new ShareableRequest(List.of(), Optional.empty());
    }

    /** The child-level datasets as one job parameter: "annex_a_referrals,annex_a_children_in_care". */
    public String encodeChildLevel() {
        return String.join(",", childLevel);
    }

    public static ShareableRequest decode(String childLevel, String keyFile) {
        List<String> names = childLevel == null || childLevel.isBlank() ? List.of() : List.of(childLevel.split(","));
        return new ShareableRequest(names, Optional.ofNullable(keyFile).map(Path::of));
    }
}
