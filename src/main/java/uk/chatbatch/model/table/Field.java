package uk.chatbatch.model.table;

import java.util.Optional;
import uk.chatbatch.model.ValueType;

/**
 * A value a source's tables hold, whichever source it comes from: its name, how it is read (its value type),
 * its code list when it is a code, and the collection years it is sent in. Each source lists its own fields
 * (an enum implementing this); tables, records, quarantine and datasets work with this interface only.
 */
public interface Field {

    /** The field's constant name: CHILD, DECOM, CIN_REFERRAL_DATE. */
    String name();

    /** The name the source's files give it: DECOM, CINreferralDate. */
    String element();

    /** The snake_case column name in datasets. */
    String column();

    ValueType type();

    /** The code list of a CODE field. */
    Optional<? extends CodeList> codeList();

    /** Whether a value can identify a child, so it is masked wherever it is shown outside quarantine. */
    boolean identifiesChild();

    /** The collection years the field is sent in; most fields are sent in every year. */
    default YearRange years() {
        return YearRange.ALWAYS;
    }
}
