package fi.koto.guideline.control;

import java.time.LocalDate;
import java.util.Set;

/**
 * Fired once per guideline by the daily lifecycle run when a guideline in force has {@code daysLeft} days or fewer
 * left and no successor decided: the notification component mails the officials of its authorities.
 */
public record GuidelineExpiring(long guidelineId, Set<Long> authorityIds, LocalDate lastDay, long daysLeft) {}
