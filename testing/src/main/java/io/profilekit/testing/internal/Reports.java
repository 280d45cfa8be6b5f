package io.profilekit.testing.internal;

import io.profilekit.rules.SafeText;
import io.profilekit.rules.ValidationReport;

import java.util.stream.Collectors;

/** The one place the assertions print a report: as the command line prints it, escaped. */
public final class Reports {
    private Reports() {
    }

    /**
     * The report as {@code profilekit validate} prints it, each line escaped and indented.
     *
     * @param report the report
     * @return the text, several lines
     */
    public static String text(ValidationReport report) {
        return report.textLines("report").stream().map(l -> "  " + SafeText.escape(l))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
