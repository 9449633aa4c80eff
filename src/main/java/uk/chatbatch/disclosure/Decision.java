package uk.chatbatch.disclosure;

/** One figure and whether (and why) it is withheld. */
public record Decision(Cell cell, Reason reason) {

    public boolean withheld() {
        return reason.withheld();
    }
}
