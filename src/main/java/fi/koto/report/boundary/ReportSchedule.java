package fi.koto.report.boundary;

import fi.koto.access.control.AccessScope;
import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.report.batch.ReportJob;
import fi.koto.report.control.ReportPeriod;
import fi.koto.report.control.ReportStore;
import fi.koto.report.control.Snapshots;
import fi.koto.report.entity.ReportRequest;
import fi.koto.report.entity.ReportType;
import fi.koto.report.writer.ReportFormat;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * On the first day of each quarter, at 03:00 Finnish time, produces the previous quarter's reports: every report
 * type, as XLSX and PDF, in Finnish and Swedish, once nationally and once for each authority serving
 * municipalities that day. They are owned by the system account ({@link ReportRequest#SYSTEM}) and marked
 * scheduled; a national one is in every manager's archive, an authority's in the archive of its officials (and of
 * managers). The period's snapshot is taken first, before any job starts, so the jobs read one and the same
 * snapshot. A period already produced (another instance, or a restart at the same hour) is left alone.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportSchedule {

    private static final Logger LOG = Logger.getLogger(ReportSchedule.class.getName());
    static final List<ReportFormat> FORMATS = List.of(ReportFormat.XLSX, ReportFormat.PDF);
    static final List<SupportedLanguage> LANGUAGES = List.of(SupportedLanguage.FI, SupportedLanguage.SV);

    @PersistenceContext
    EntityManager em;

    @Inject
    Snapshots snapshots;

    @Inject
    ReportStore store;

    @Inject
    Event<ReportRequested> requested;

    @Inject
    Clock clock;

    @Schedule(
            month = "1,4,7,10",
            dayOfMonth = "1",
            hour = "3",
            minute = "0",
            second = "0",
            timezone = "Europe/Helsinki",
            persistent = false,
            info = "quarterly reports")
    void quarterly() {
        produce(ReportPeriod.quarterBefore(LocalDate.now(clock)));
    }

    /** Starts the scheduled reports of the period; the ids of the reports started (none when already produced). */
    public List<Long> produce(ReportPeriod period) {
        Long existing = em.createQuery(
                        "select count(r) from ReportRequest r where r.scheduled = true"
                                + " and r.year = :year and r.quarter = :quarter",
                        Long.class)
                .setParameter("year", period.year())
                .setParameter("quarter", period.quarter())
                .getSingleResult();
        if (existing > 0) {
            LOG.info(() -> "Scheduled reports of " + period.key() + " exist already");
            return List.of();
        }
        snapshots.forReport(period, ReportRequest.SYSTEM);
        LocalDate today = LocalDate.now(clock);
        List<AccessScope> scopes = new ArrayList<>();
        scopes.add(AccessScope.all());
        em.createQuery(
                        "select distinct s.authority.id from ServiceArea s where s.validFrom <= :day"
                                + " and (s.validTo is null or s.validTo >= :day) order by s.authority.id",
                        Long.class)
                .setParameter("day", today)
                .getResultList()
                .forEach(id -> scopes.add(AccessScope.authority(id)));
        List<Long> started = new ArrayList<>();
        for (AccessScope scope : scopes) {
            for (ReportType type : ReportType.values()) {
                if (type.isAnnualOnly() && !period.isAnnual()) {
                    continue;
                }
                for (ReportFormat format : FORMATS) {
                    for (SupportedLanguage language : LANGUAGES) {
                        var request = new ReportRequest(
                                type,
                                period.year(),
                                period.quarter(),
                                format,
                                language.code(),
                                ReportRequest.SYSTEM,
                                true,
                                scope,
                                today,
                                OffsetDateTime.now(clock));
                        long id = store.create(request);
                        store.jobStarted(id, ReportJob.start(id));
                        requested.fire(new ReportRequested(
                                id, type.name(), period.key(), format.name(), ReportRequest.SYSTEM, true));
                        started.add(id);
                    }
                }
            }
        }
        LOG.info(() -> "Started " + started.size() + " scheduled reports of " + period.key());
        return started;
    }
}
