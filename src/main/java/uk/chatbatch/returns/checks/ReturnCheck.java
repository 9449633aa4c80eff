package uk.chatbatch.returns.checks;

import java.util.List;
import uk.chatbatch.ingest.Issue;
import uk.chatbatch.ingest.IssueCode;

/**
 * One rule over the kept rows of a statutory return (SSDA903 or CIN census), raising one issue code and naming the
 * DfE validation rule it follows. A check reads rows and never changes them: the rows stay, and the indicators
 * compute on them as they are; the issue tells the analyst which row to fix in the case management system.
 */
public interface ReturnCheck {

    IssueCode code();

    /** What the check found, in the order of the rows it concerns. */
    List<Issue> find(ReturnChecksInput input);
}
