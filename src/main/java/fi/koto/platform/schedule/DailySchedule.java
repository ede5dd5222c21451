package fi.koto.platform.schedule;

import fi.koto.platform.time.ClockProducer;
import jakarta.ejb.ScheduleExpression;
import java.util.regex.Pattern;

/**
 * A time of day for a job, as a setting: {@code "second minute hour"} in Finnish time, each field as in
 * {@code @Schedule} ({@code "0 15 3"} is 03:15:00 every day, {@code "0/5 * *"} every five seconds, for tests).
 */
public record DailySchedule(String second, String minute, String hour) {

    private static final Pattern FIELD = Pattern.compile("[0-9*/,\\-]+");

    /** The setting's value; a wrong one fails the start-up with a message that names the setting. */
    public static DailySchedule parse(String setting, String value) {
        String[] fields = value == null ? new String[0] : value.strip().split("\\s+");
        if (fields.length != 3
                || !FIELD.matcher(fields[0]).matches()
                || !FIELD.matcher(fields[1]).matches()
                || !FIELD.matcher(fields[2]).matches()) {
            throw new IllegalArgumentException(setting + " must be \"second minute hour\" as in @Schedule"
                    + " (for example \"0 15 3\"), not \"" + value + "\"");
        }
        return new DailySchedule(fields[0], fields[1], fields[2]);
    }

    public ScheduleExpression expression() {
        return new ScheduleExpression()
                .second(second)
                .minute(minute)
                .hour(hour)
                .dayOfMonth("*")
                .month("*")
                .dayOfWeek("*")
                .year("*")
                .timezone(ClockProducer.FINLAND.getId());
    }
}
