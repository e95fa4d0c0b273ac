package org.astrolabe.extractor.input;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the lines news sites wrap around an article: header widgets ("Short Url", "Updated 7 sec ago",
 * "Follow"), share buttons, photo captions with credits, comment forms ("LEAVE A REPLY"), teaser blocks
 * ("Must Read", "Related Articles") and separator lines. Every rule is a whole-line pattern of the kind
 * many sites share; none is keyed to one page. Lines are expected to be {@linkplain #normaliseSpace
 * normalised} first.
 */
public final class Boilerplate {
    private static final int MAX_WIDGET_LENGTH = 80;

    /** Lines that open or decorate an article's header: they also tell where a glued-on article begins. */
    private static final Pattern HEADER_MARKER = Pattern.compile(
            "(?i)(?:short\\s*url|short\\s*link|follow(?:\\s+us)?(?:\\s+on\\s+.{1,30})?|"
                    + "(?:last\\s+)?(?:updated|published|posted|modified)(?:\\s+on)?\\s*:?\\s+.*(?:\\d|\\bago\\b|today|yesterday).*|"
                    + "\\d+\\s*min(?:ute)?s?\\s+read|reading\\s+time.*)");

    private static final Pattern RELATIVE_TIME = Pattern.compile(
            "(?i)(?:about\\s+)?\\d+\\s*(?:sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?|months?)\\s+ago");

    /** Buttons, form labels and widget captions that carry no article text wherever they appear. */
    private static final Pattern WIDGET = Pattern.compile(
            "(?i)(?:share(?:\\s+this(?:\\s+article|\\s+story|\\s+post)?)?|tweet|print|e-?mail|whatsapp|facebook|twitter|x|linkedin|"
                    + "telegram|pinterest|reddit|copy\\s+link|listen(?:\\s+to\\s+(?:this|the)\\s+article)?|"
                    + "advertisement|sponsored|ad|subscribe(?:\\s+now)?|sign\\s+up|log\\s*in|sign\\s+in|register|"
                    + "please\\s+enter\\s+your\\s+(?:comment|name|email|e-mail)(?:\\s+address)?(?:\\s+here)?\\s*!?|"
                    + "you\\s+have\\s+entered\\s+an\\s+incorrect\\s+email\\s+address!?|"
                    + "save\\s+my\\s+name,\\s+email,\\s+and\\s+website\\s+in\\s+this\\s+browser.*|"
                    + "(?:comment|name|email|website)\\s*:?\\s*\\*?|post\\s+comment|"
                    + "(?:©|\\(c\\)|copyright).*|all\\s+rights\\s+reserved\\.?|"
                    + "(?:also\\s+read|read\\s+more|read\\s+also|see\\s+also|related)\\s*[:|-]\\s*.+|"
                    + "skip\\s+to\\s+(?:main\\s+)?content|click\\s+here.*|tags?\\s*:.*|"
                    // ad slots that say where the story goes on
                    + "(?:advertisement\\s*[·|:-]?\\s*)?scroll\\s+to\\s+continue(?:\\s+with\\s+content)?|"
                    + "story\\s+continues\\s+(?:below|after)(?:\\s+(?:this\\s+)?advertisement)?|"
                    // a live blog's entry time: "10:12 IST", "9.58am"
                    + "\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?|"
                    // a wire story's sign-off: "Reporting by A in B; Editing by C"
                    + "(?:(?:additional\\s+)?reporting|writing)\\s+by\\s+[^;]{1,100}(?:;\\s*[^;]{1,100})*;\\s*editing\\s+by\\s+[^;]{1,100})");

    /** A line after which the rest of the page (until another article) is comments or teasers. */
    private static final Pattern TAIL_MARKER = Pattern.compile(
            "(?i)(?:leave\\s+a\\s+(?:reply|comment)|post\\s+a\\s+comment|\\d*\\s*comments?|must\\s+read|read\\s+more|"
                    + "related(?:\\s+(?:articles?|posts?|stories|news|content|coverage))?|you\\s+may\\s+also\\s+like|"
                    + "you\\s+might\\s+also\\s+like|recommended(?:\\s+for\\s+you)?|more\\s+(?:stories|news|from\\s+.{1,40})|"
                    + "most\\s+(?:read|popular|viewed)|trending(?:\\s+now)?|latest(?:\\s+news|\\s+stories)?|"
                    + "popular\\s+posts|recent\\s+posts|also\\s+read|don'?t\\s+miss)\\s*:?");

    /**
     * A photo caption: it ends in a photo credit. An agency or photo word ("(AFP)", "(Reuters)", "(Photo: ...)")
     * is a credit anywhere; a bare acronym ("(PID)") only after a finished sentence, since a line such as
     * "China Manned Space Agency (CMSA)" is a name, not a caption.
     */
    private static final Pattern CAPTION = Pattern.compile(
            "(?:.*\\s)?\\((?:AFP|Reuters|AP|EPA|Xinhua|Getty(?: Images)?|Courtesy[^)]{0,60}|"
                    + "(?:[A-Z][\\w.]*\\s)?(?:Photo|Image|File)(?:[:/ ][^)]{0,60})?|[A-Z][\\w.]* Photos?[^)]{0,40})\\)"
                    + "|(?:.*[.!?][\"”’]?\\s)?\\([A-Z][A-Z.&/-]{1,11}\\)"
                    + "|(?i)(?:photo|image|picture|file\\s+photo)(?:\\s+credit)?\\s*[:|].*");

    /** A newsletter or sign-up promotion: "Get the day's top stories delivered to your inbox: sign up for our newsletter." */
    private static final Pattern PROMOTION = Pattern.compile(
            "(?i)(?=.*\\b(?:newsletters?|inbox)\\b)(?=.*\\b(?:sign\\s+up|subscribe|delivered|get\\s+the|straight\\s+to)\\b).*");

    /** A paragraph that turns to an unrelated story: "In other news, consumer prices rose ...". */
    private static final Pattern OTHER_NEWS = Pattern.compile("(?i)in\\s+(?:other|unrelated)\\s+news\\b.*");

    private static final Pattern BULLET = Pattern.compile("^(?:[•●▪◦‣·\u2043\u2219]|[-*–—]\\s)\\s*");

    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{Punct}\\p{Pd}•●▪◦‣·|~_= ]*[\\p{Punct}\\p{Pd}•●▪◦‣·|~_=]");

    /** "ISLAMABAD:" or "NEW YORK, May 3 (Reuters) -": the place-name opening of a news story. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Z.'’-]+(?:\\s[A-Z][A-Z.'’-]+){0,3}(?:,\\s[A-Z][\\w.]*(?:\\s[\\w.]+){0,3})?(?:\\s\\([^)]{1,30}\\))?\\s?(?::|\\s[-–—])\\s+\\S");

    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&)){0,5}$");

    private Boilerplate() {}

    /** Unicode spaces to plain spaces, runs collapsed, ends trimmed; invisible characters removed. */
    public static String normaliseSpace(String line) {
        String s = line.replaceAll("[\u200B\u200C\u200D\uFEFF\u00AD]", "");
        return s.replaceAll("[\\s\u00A0\u2007\u2009\u202F\u2002\u2003]+", " ").strip();
    }

    /** True for "Updated 22 April 2025", "Short Url", "Follow": the widgets of an article header. */
    public static boolean isHeaderMarker(String line) {
        return line.length() <= MAX_WIDGET_LENGTH && (HEADER_MARKER.matcher(line).matches() || RELATIVE_TIME.matcher(line).matches());
    }

    /** True for a line that is dropped wherever it appears. */
    public static boolean isNoise(String line) {
        if (line.isEmpty() || PUNCTUATION_ONLY.matcher(line).matches() || isHeaderMarker(line)) {
            return true;
        }
        if (isCaption(line) || OTHER_NEWS.matcher(line).matches()) {
            return true;
        }
        return line.length() <= MAX_WIDGET_LENGTH * 3 && PROMOTION.matcher(line).matches()
                || line.length() <= MAX_WIDGET_LENGTH * 2 && (WIDGET.matcher(line).matches() || BYLINE.matcher(line).matches());
    }

    /** True for "LEAVE A REPLY", "Must Read", "Related Articles": comments or teasers follow. */
    public static boolean isTailMarker(String line) {
        return line.length() <= MAX_WIDGET_LENGTH && TAIL_MARKER.matcher(line).matches();
    }

    /** True for a photo caption ending in a credit, or a "Photo: ..." line. */
    public static boolean isCaption(String line) {
        return CAPTION.matcher(line).matches();
    }

    /** True for a list item such as "• text" or "- text". */
    public static boolean isBullet(String line) {
        return BULLET.matcher(line).find() && !PUNCTUATION_ONLY.matcher(line).matches();
    }

    /** The line without its bullet sign. */
    public static String stripBullet(String line) {
        return BULLET.matcher(line).replaceFirst("").strip();
    }

    /** True when the line opens with a news dateline such as "ISLAMABAD:". */
    public static boolean startsWithDateline(String line) {
        return DATELINE.matcher(line).find();
    }

    /**
     * True for a line that can be a headline: short, not ending like a sentence or a clause, not a widget.
     */
    public static boolean isTitleLike(String line) {
        if (line.isEmpty() || line.length() > 200 || line.split(" ").length > 30) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".,;:".indexOf(last) >= 0) {
            return false;
        }
        int first = line.codePointAt(0);
        boolean opensLikeHeadline = Character.isUpperCase(first) || Character.isDigit(first) || "\"'“‘".indexOf(first) >= 0;
        return opensLikeHeadline && !isNoise(line) && !isTailMarker(line) && !isBullet(line) && !startsWithDateline(line);
    }

    /** Case- and space-insensitive key for comparing repeated lines. */
    static String key(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[’‘`]", "'").replaceAll("\\s+", " ").strip();
    }
}
