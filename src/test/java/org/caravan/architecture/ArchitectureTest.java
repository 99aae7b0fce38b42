package org.caravan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** House rules of ARCHITECTURE.md that the module check does not cover. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.caravan");

    @Test
    void valueObjectsAndEventsArePlainJava() {
        classes().that().areRecords().and().resideOutsideOfPackages("..internal..", "..simulator..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.springframework..", "tools.jackson..",
                        "java.sql..", "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void theDomainModelDependsOnNoFramework() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..", "java.sql..",
                        "javax.sql..", "jakarta..")
                .check(CLASSES);
    }

    @Test
    void noJpa() {
        noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..").check(CLASSES);
    }

    @Test
    void controllersLiveInTheWebPackagesOfTheirModulesInternals() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideInAPackage("..internal..").andShould().resideInAPackage("..web..").check(CLASSES);
    }

    @Test
    void sqlStaysInStoreClasses() {
        noClasses().that().resideOutsideOfPackage("..store..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
                .check(CLASSES);
    }

    /**
     * A parser made with the JDK's defaults resolves DTDs and external entities (XXE). Parsers
     * come hardened from SafeXml; the two other makers read only files of the installation
     * (the WCO schemas, the UN sanctions list) with DTDs and external access switched off.
     */
    @Test
    void xmlParsersComeHardened() {
        noClasses().that().doNotHaveFullyQualifiedName("org.caravan.interchange.internal.wco.SafeXml")
                .and().doNotHaveFullyQualifiedName("org.caravan.interchange.internal.wco.WcoSchemas")
                .and().doNotHaveFullyQualifiedName("org.caravan.reference.internal.UnConsolidatedListFile")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("makes an XML parser",
                        call -> java.util.Set.of("newInstance", "newFactory", "newDefaultInstance", "newDefaultFactory")
                                .contains(call.getTarget().getName()) && makesXmlParsers(call.getTarget().getOwner())))
                .check(CLASSES);
    }

    private static boolean makesXmlParsers(com.tngtech.archunit.core.domain.JavaClass owner) {
        return owner.isAssignableTo(javax.xml.parsers.DocumentBuilderFactory.class)
                || owner.isAssignableTo(javax.xml.parsers.SAXParserFactory.class)
                || owner.isAssignableTo(javax.xml.stream.XMLInputFactory.class)
                || owner.isAssignableTo(javax.xml.validation.SchemaFactory.class)
                || owner.isAssignableTo(javax.xml.transform.TransformerFactory.class);
    }
}
