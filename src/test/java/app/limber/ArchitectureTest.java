package app.limber;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.vaadin.flow.component.WebComponentExporter;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreFilter;

/** The rules of the house that the compiler doesn't check. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.limber");
    }

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        ArchRule rule = classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class);
        rule.check(classes);
    }

    /**
     * Vaadin looks for routes, layouts, error views and the app shell only in the packages LimberApplication names in
     * {@code @EnableVaadin}; a view anywhere else would quietly not exist (404).
     */
    @Test
    void everythingVaadinLooksForIsInAPackageItScans() {
        String[] scanned = LimberApplication.class.getAnnotation(EnableVaadin.class).value();
        ArchRule rule = classes().that().areAnnotatedWith(Route.class)
                .or().areAnnotatedWith(RouteAlias.class)
                .or().areAnnotatedWith(Layout.class)
                .or().areAssignableTo(AppShellConfigurator.class)
                .or().areAssignableTo(HasErrorParameter.class)
                .or().areAssignableTo(WebComponentExporter.class)
                .should().resideInAnyPackage(java.util.Arrays.stream(scanned).map(name -> name + "..")
                        .toArray(String[]::new))
                .because("Vaadin scans only the packages in LimberApplication's @EnableVaadin");
        rule.check(classes);
    }

    /** Only {@code @PreAuthorize} is switched on (SecurityConfig): the other method-security annotations would be ignored. */
    @Test
    void methodSecurityUsesPreAuthorizeOnly() {
        ArchRule rule = noClasses().should().dependOnClassesThat().belongToAnyOf(PostAuthorize.class, PreFilter.class,
                        PostFilter.class, Secured.class)
                .because("SecurityConfig enables @PreAuthorize only; these annotations would not be enforced");
        rule.check(classes);
    }

    @Test
    void viewsNeverTouchRepositoriesOrTheEntityManager() {
        ArchRule rule = noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class);
        rule.check(classes);
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        // Package-private, so other features must go through the feature's service.
        ArchRule rule = classes().that().areAssignableTo(Repository.class)
                .should().notBePublic();
        rule.check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().assignedFrom(FEATURES_AND_INFRASTRUCTURE).should().beFreeOfCycles().check(classes);
    }

    /**
     * Each feature package is a slice. Platform's infrastructure packages (storage, mail, jobs, csv, text) are slices of their
     * own: every feature may use them while platform's security and layout sit on top of account.
     */
    private static final SliceAssignment FEATURES_AND_INFRASTRUCTURE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("app.limber.")) {
                return SliceIdentifier.ignore();
            }
            String[] parts = name.substring("app.limber.".length()).split("\\.");
            if (parts[0].equals("platform") && parts.length > 1 && INFRASTRUCTURE.contains(parts[1])) {
                return SliceIdentifier.of("platform." + parts[1]);
            }
            return SliceIdentifier.of(parts[0]);
        }

        @Override
        public String getDescription() {
            return "feature packages and platform infrastructure";
        }
    };

    private static final Set<String> INFRASTRUCTURE = Set.of("storage", "mail", "jobs", "csv", "text");
}
