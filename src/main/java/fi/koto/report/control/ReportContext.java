package fi.koto.report.control;

import fi.koto.access.control.AccessScope;
import fi.koto.platform.i18n.Messages;
import fi.koto.platform.i18n.SupportedLanguage;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Everything a report section needs to read its rows: the snapshot, the period, the language, and the scope of the
 * person who asked with the day it is applied on. {@code referenceDay} is "today" for rules that depend on how
 * much of a year has passed: the day after the period for a period that is over, the capture day otherwise.
 */
public record ReportContext(
        long snapshotId,
        ReportPeriod period,
        SupportedLanguage language,
        AccessScope scope,
        LocalDate scopeDate,
        LocalDate referenceDay,
        ReferenceNames names,
        Map<Object, Object> shared,
        Map<String, String> texts) {

    public ReportContext(
            long snapshotId,
            ReportPeriod period,
            SupportedLanguage language,
            AccessScope scope,
            LocalDate scopeDate,
            LocalDate referenceDay,
            ReferenceNames names) {
        this(
                snapshotId,
                period,
                language,
                scope,
                scopeDate,
                referenceDay,
                names,
                new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>());
    }

    /** A text without arguments, looked up in the bundle once per report (reports ask for labels once per row). */
    public String text(String key) {
        return texts.computeIfAbsent(key, k -> Messages.text(language, k));
    }

    public String text(String key, Object... args) {
        return args.length == 0 ? text(key) : Messages.text(language, key, args);
    }

    /**
     * Figures that several sections of this report use, read once for the report by the first section that asks
     * (the placements report's totals by municipality were read twice, once for each of two sections).
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Supplier<T> read) {
        return (T) shared.computeIfAbsent(key, k -> read.get());
    }
}
