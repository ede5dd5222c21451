package fi.koto.ui.places;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * How the pages mark where a municipality stands in a places round: an icon beside the words (never colour or an
 * icon alone), and lists of codes written out.
 */
@Named
@ApplicationScoped
public class AnswerStates {

    public String icon(String state) {
        return switch (state) {
            case "ANSWERED" -> "pi pi-check";
            case "ANSWERED_LATE" -> "pi pi-clock";
            case "OVERDUE" -> "pi pi-exclamation-triangle";
            default -> "pi pi-hourglass";
        };
    }
}
