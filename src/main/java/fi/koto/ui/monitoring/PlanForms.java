package fi.koto.ui.monitoring;

import java.io.Serializable;

/** What the forms of the plan page hold until they are saved. */
public final class PlanForms {

    private PlanForms() {}

    public static class GoalForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String theme;
        private String fi;
        private String sv;

        void clear() {
            theme = null;
            fi = null;
            sv = null;
        }

        public String getTheme() {
            return theme;
        }

        public void setTheme(String theme) {
            this.theme = theme;
        }

        public String getFi() {
            return fi;
        }

        public void setFi(String fi) {
            this.fi = fi;
        }

        public String getSv() {
            return sv;
        }

        public void setSv(String sv) {
            this.sv = sv;
        }
    }

    /** Shared by the measure and indicator forms: the goal served and the texts. */
    public abstract static class LinkedForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long goalId;
        private String fi;
        private String sv;

        void clear() {
            goalId = null;
            fi = null;
            sv = null;
        }

        public Long getGoalId() {
            return goalId;
        }

        public void setGoalId(Long goalId) {
            this.goalId = goalId;
        }

        public String getFi() {
            return fi;
        }

        public void setFi(String fi) {
            this.fi = fi;
        }

        public String getSv() {
            return sv;
        }

        public void setSv(String sv) {
            this.sv = sv;
        }
    }

    public static class MeasureForm extends LinkedForm {
        private static final long serialVersionUID = 1L;
        private String responsibleParty;
        private Integer startYear;
        private Integer endYear;
        private String schedule;

        @Override
        void clear() {
            super.clear();
            responsibleParty = null;
            startYear = null;
            endYear = null;
            schedule = null;
        }

        public String getResponsibleParty() {
            return responsibleParty;
        }

        public void setResponsibleParty(String responsibleParty) {
            this.responsibleParty = responsibleParty;
        }

        public Integer getStartYear() {
            return startYear;
        }

        public void setStartYear(Integer startYear) {
            this.startYear = startYear;
        }

        public Integer getEndYear() {
            return endYear;
        }

        public void setEndYear(Integer endYear) {
            this.endYear = endYear;
        }

        public String getSchedule() {
            return schedule;
        }

        public void setSchedule(String schedule) {
            this.schedule = schedule;
        }
    }

    public static class IndicatorForm extends LinkedForm {
        private static final long serialVersionUID = 1L;
        private String unit;
        private String baseline;
        private Integer baselineYear;
        private String target;
        private Integer targetYear;

        @Override
        void clear() {
            super.clear();
            unit = null;
            baseline = null;
            baselineYear = null;
            target = null;
            targetYear = null;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getBaseline() {
            return baseline;
        }

        public void setBaseline(String baseline) {
            this.baseline = baseline;
        }

        public Integer getBaselineYear() {
            return baselineYear;
        }

        public void setBaselineYear(Integer baselineYear) {
            this.baselineYear = baselineYear;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public Integer getTargetYear() {
            return targetYear;
        }

        public void setTargetYear(Integer targetYear) {
            this.targetYear = targetYear;
        }
    }
}
