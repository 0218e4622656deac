package io.lien.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.lien.server");

    @Test
    void modelsAreFreeOfFrameworks() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta..", "reactor..", "org.eclipse.paho..")
                .allowEmptyShould(true)
                .check(SERVER);
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching("io.lien.server.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(SERVER);
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesInfrastructure() {
        slices().matching("io.lien.server.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage("..infrastructure.."))
                .allowEmptyShould(true)
                .check(SERVER);
    }

    @Test
    void entitiesAreNotApiPayloads() {
        noClasses().that().areAnnotatedWith(io.micronaut.data.annotation.MappedEntity.class)
                .should().beAnnotatedWith(io.micronaut.serde.annotation.Serdeable.class)
                .orShould().beAnnotatedWith(io.micronaut.serde.annotation.Serdeable.Serializable.class)
                .because("a table's row is not what a caller reads: views, projections and export rows are records of their own")
                .check(SERVER);
    }

    @Test
    void onlyWebLayersAndTheirFeaturesUseHttp() {
        noClasses().that().resideInAnyPackage("..model..", "..application..")
                .should().dependOnClassesThat().resideInAPackage("io.micronaut.http..")
                .allowEmptyShould(true)
                .check(SERVER);
    }

    @Test
    void onlyTheSecurityPackageReadsATokensClaimsOrRoles() {
        noClasses().that().resideOutsideOfPackage("io.lien.server.security..")
                .should().callMethod(io.micronaut.security.authentication.Authentication.class, "getAttributes")
                .orShould().callMethod(io.micronaut.security.authentication.Authentication.class, "getRoles")
                .check(SERVER);
    }

    @Test
    void noFeatureTakesARawAuthenticationAsAnArgument() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
                .that().areDeclaredInClassesThat().resideOutsideOfPackage("io.lien.server.security..")
                .should().haveRawParameterTypes(com.tngtech.archunit.base.DescribedPredicate.describe("an Authentication",
                        (java.util.List<com.tngtech.archunit.core.domain.JavaClass> types) -> types.stream()
                                .anyMatch(t -> t.isEquivalentTo(io.micronaut.security.authentication.Authentication.class))))
                .check(SERVER);
    }

    @Test
    void webControllersAreNotUsedByOtherCode() {
        noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("io.lien.server.*.web..")
                .allowEmptyShould(true)
                .check(SERVER);
    }
}
