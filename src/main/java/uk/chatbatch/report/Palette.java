package uk.chatbatch.report;

import java.awt.Color;

/**
 * The report's one palette: Okabe and Ito's eight colours, distinguishable with the common forms of
 * colour blindness, plus greys for text and rules. Charts take their series colours from
 * {@link #SERIES} in order, so the same meaning keeps the same colour across pages.
 */
public final class Palette {

    public static final Color BLACK = new Color(0x00, 0x00, 0x00);
    public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
    public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
    public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);

    /** Body text: near-black reads more softly than pure black on screen and prints the same. */
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color MUTED_TEXT = new Color(0x55, 0x55, 0x55);
    public static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    public static final Color GRIDLINE = new Color(0xDD, 0xDD, 0xDD);
    /** Table header shading: the palette's blue at low strength. */
    public static final Color HEADER_FILL = new Color(0xE1, 0xEE, 0xF6);
    public static final Color ZEBRA_FILL = new Color(0xF5, 0xF5, 0xF5);

    /**
     * Darker shades of bluish green and vermillion for text and thin marks, so a word coloured by its meaning
     * still has at least 4.5:1 contrast on white; the hue, and so colour-blind safety, is the palette's.
     */
    public static final Color GREEN_TEXT = new Color(0x00, 0x78, 0x5A);
    public static final Color VERMILLION_TEXT = new Color(0xB3, 0x47, 0x00);

    /** Better than England or improved: bluish green. */
    public static final Color BETTER = BLUISH_GREEN;
    /** Worse than England or worsened: vermillion. */
    public static final Color WORSE = VERMILLION;
    /** Similar to England: sky blue. */
    public static final Color SIMILAR = SKY_BLUE;
    /** Higher or lower than England where no direction is better: grey, no judgement. */
    public static final Color NEUTRAL = new Color(0x99, 0x99, 0x99);
    /** Not compared. */
    public static final Color NOT_COMPARED = new Color(0xDD, 0xDD, 0xDD);

    /** Series colours in the order charts use them; "over the threshold" is always vermillion. */
    public static final Color[] SERIES = {BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE, SKY_BLUE, VERMILLION, YELLOW, BLACK};

    private Palette() {
    }

    /** The mark (tile edge, key) for a comparison with England. */
    static Color rating(Comparison.Rating rating) {
        return switch (rating) {
            case BETTER -> BETTER;
            case WORSE -> WORSE;
            case SIMILAR -> SIMILAR;
            case HIGHER, LOWER -> NEUTRAL;
            case NOT_COMPARED -> NOT_COMPARED;
        };
    }

    /** Text saying a comparison: readable shades of the same hues. */
    static Color ratingText(Comparison.Rating rating) {
        return switch (rating) {
            case BETTER -> GREEN_TEXT;
            case WORSE -> VERMILLION_TEXT;
            case SIMILAR -> BLUE;
            default -> MUTED_TEXT;
        };
    }

    static Color verdictText(Trend.Verdict verdict) {
        return switch (verdict) {
            case IMPROVED -> GREEN_TEXT;
            case WORSENED -> VERMILLION_TEXT;
            case NONE -> TEXT;
        };
    }
}
