package org.astrolabe.extractor.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * SUTime values as typed literals at the precision the text gives: {@code 2025-04-22} as xsd:date,
 * {@code 2025-01} as xsd:gYearMonth, {@code 2028} as xsd:gYear. A week ({@code 2025-W09}, "last week")
 * becomes the month holding its Thursday; anything vaguer (PAST_REF, 2025-XX) gives nothing.
 */
public final class DateLiterals {
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private DateLiterals() {}

    public static Optional<Node> fromTimex(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher day = DAY.matcher(value);
        if (day.matches()) {
            return Optional.of(NodeFactory.createLiteralDT(day.group(1), XSDDatatype.XSDdate));
        }
        if (MONTH.matcher(value).matches()) {
            return Optional.of(NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYearMonth));
        }
        if (YEAR.matcher(value).matches()) {
            return Optional.of(NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYear));
        }
        Matcher week = WEEK.matcher(value);
        if (week.matches()) {
            LocalDate thursday = LocalDate.of(Integer.parseInt(week.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                    .with(DayOfWeek.THURSDAY);
            return Optional.of(NodeFactory.createLiteralDT(String.format("%04d-%02d", thursday.getYear(), thursday.getMonthValue()),
                    XSDDatatype.XSDgYearMonth));
        }
        return Optional.empty();
    }

    /** A year as xsd:gYear. */
    public static Node year(String year) {
        return NodeFactory.createLiteralDT(year, XSDDatatype.XSDgYear);
    }
}
