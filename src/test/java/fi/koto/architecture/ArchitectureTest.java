package fi.koto.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code docs/architecture.md} (section "Rules"), checked on the compiled main classes. Each rule
 * names the section's reason in its {@code because}; a failure lists every offending dependency.
 */
class ArchitectureTest {

    /** The foundation: plumbing, who may do what, the audit trail, the accounts and the reference data. */
    static final String[] FOUNDATION = {
        "fi.koto.platform..", "fi.koto.access..", "fi.koto.audit..", "fi.koto.identity..", "fi.koto.reference.."
    };

    /** Everything that is not foundation: the business components, the demo data and the pages. */
    static final String[] ABOVE_FOUNDATION = {
        "fi.koto.agreement..",
        "fi.koto.dashboard..",
        "fi.koto.demo..",
        "fi.koto.document..",
        "fi.koto.notification..",
        "fi.koto.placement..",
        "fi.koto.programme..",
        "fi.koto.report..",
        "fi.koto.ui.."
    };

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.koto");
    }

    @Test
    void noCycleBetweenComponents() {
        check(slices().matching("fi.koto.(*)..")
                .namingSlices("component $1")
                .should()
                .beFreeOfCycles()
                .because("a component can then be understood, tested and changed from the ones below it"));
    }

    /**
     * The same rule counted: every elementary cycle of the component graph (ArchUnit reports only some of them),
     * printed so that a change can say how many it removed.
     */
    @Test
    void componentGraphHasNoCycle() {
        ComponentGraph graph = ComponentGraph.of(classes);
        var cycles = graph.cycles();
        System.out.println("Component cycles: " + cycles.size());
        cycles.forEach(c -> System.out.println("  " + String.join(" -> ", c)));
        org.assertj.core.api.Assertions.assertThat(cycles).isEmpty();
    }

    @Test
    void theFoundationKnowsNoBusinessComponent() {
        check(noClasses()
                .that()
                .resideInAnyPackage(FOUNDATION)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ABOVE_FOUNDATION)
                .because("every business component builds on the foundation, never the other way round"));
    }

    @Test
    void platformKnowsNoOtherComponent() {
        check(noClasses()
                .that()
                .resideInAPackage("fi.koto.platform..")
                .should()
                .dependOnClassesThat(resideInFiKotoOutside("fi.koto.platform"))
                .because("platform is plumbing that knows no domain; it announces events instead of calling"));
    }

    @Test
    void entitiesImportNoBoundaryOrUi() {
        check(noClasses()
                .that()
                .resideInAPackage("fi.koto..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("fi.koto..boundary..", "fi.koto.ui..")
                .because("entities are the model; who calls them is no concern of theirs"));
    }

    @Test
    void controlImportsNoBoundaryOfItsOwnComponent() {
        for (String component : new String[] {
            "access",
            "agreement",
            "audit",
            "dashboard",
            "demo",
            "document",
            "identity",
            "notification",
            "placement",
            "programme",
            "reference",
            "report"
        }) {
            check(noClasses()
                    .that()
                    .resideInAPackage("fi.koto." + component + ".control..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("fi.koto." + component + ".boundary..")
                    .because("the boundary calls control, not the other way round")
                    .allowEmptyShould(true));
        }
    }

    @Test
    void uiUsesBoundariesAndValuesOnly() {
        check(noClasses()
                .that()
                .resideInAPackage("fi.koto.ui..")
                .should()
                .dependOnClassesThat(internalsOfAComponent())
                .because("pages go through the boundaries (permissions, scope, transactions, audit); from control"
                        + " and entity they use only values: records and enums such as search criteria, views,"
                        + " statuses and target groups"));
    }

    /** A class in a component's control or entity package (or below) that is not a record or an enum. */
    static DescribedPredicate<JavaClass> internalsOfAComponent() {
        return DescribedPredicate.describe(
                "are control or entity classes other than records and enums",
                c -> c.getPackageName().matches("fi\\.koto\\.[a-z]+\\.(control|entity)(\\..*)?")
                        && !c.getPackageName().startsWith("fi.koto.platform")
                        && !isValue(c));
    }

    static boolean isValue(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        JavaClass base = c.getBaseComponentType();
        return top.isRecord() || top.isEnum() || base.isRecord() || base.isEnum();
    }

    static DescribedPredicate<JavaClass> resideInFiKotoOutside(String base) {
        return DescribedPredicate.describe(
                "reside in fi.koto outside " + base,
                c -> c.getPackageName().startsWith("fi.koto.")
                        && !c.getPackageName().equals(base)
                        && !c.getPackageName().startsWith(base + "."));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
