package uk.chatbatch.checks;

import java.util.List;
import uk.chatbatch.calendar.ReportingPeriod;
import uk.chatbatch.input.InputData;
import uk.chatbatch.ingest.IssueCode;

/**
 * One data-quality rule over clean typed rows, raising one issue code. A check reads only the lists
 * that were supplied and never changes the rows; a rule that links two lists finds nothing unless both
 * were supplied, so a missing list is never mistaken for missing children.
 */
public interface Check {

    IssueCode code();

    /** What the check found, in list order then row order. */
    List<Finding> find(InputData data, ReportingPeriod period);
}
