package org.landscape.testsupport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shape every service has, checked by ArchUnit in each service's tests: {@code rest} on top
 * (with {@code mapping}, which only {@code rest} uses, and which turns the application tier's
 * results into {@code rest}'s views), then the application tier ({@code service}, and beside it
 * {@code imports}, {@code feeds}, {@code saga}, {@code consistency}), then {@code domain}, {@code
 * repository} and {@code client}. A service's test extends this class and names its root package;
 * each rule is one test.
 */
public abstract class ServiceArchitecture {

  private static final String REST = "..rest..";
  private static final String MAPPING = "..mapping..";
  private static final String[] APPLICATION = {
    "..service..", "..imports..", "..feeds..", "..saga..", "..consistency.."
  };
  private static final String DOMAIN = "..domain..";
  private static final String REPOSITORY = "..repository..";
  private static final String CLIENT = "..client..";

  /** The service's root package, e.g. {@code org.landscape.ccg}. */
  protected abstract String rootPackage();

  @TestFactory
  Stream<DynamicTest> the_service_has_the_suite_shape() {
    JavaClasses code =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(rootPackage());
    return RULES.entrySet().stream()
        .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(code)));
  }

  static final ArchRule LAYERS_POINT_ONE_WAY =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .withOptionalLayers(true)
          .layer("rest")
          .definedBy(REST)
          .layer("mapping")
          .definedBy(MAPPING)
          .layer("application")
          .definedBy(APPLICATION)
          .layer("domain")
          .definedBy(DOMAIN)
          .layer("repository")
          .definedBy(REPOSITORY)
          .layer("client")
          .definedBy(CLIENT)
          .whereLayer("rest")
          .mayOnlyBeAccessedByLayers("mapping")
          .whereLayer("mapping")
          .mayOnlyBeAccessedByLayers("rest")
          .whereLayer("application")
          .mayOnlyBeAccessedByLayers("rest", "mapping")
          .whereLayer("repository")
          .mayOnlyBeAccessedByLayers("application")
          .whereLayer("client")
          .mayOnlyBeAccessedByLayers("application")
          .whereLayer("domain")
          .mayNotAccessAnyLayer()
          .because("rest -> service -> domain, repository, client: nothing below rest knows JSON");

  static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("org.landscape.(*).(*)..")
          .should()
          .beFreeOfCycles()
          // mapping is rest's half: it builds rest's views, and only rest calls it
          .ignoreDependency(resideInAPackage(MAPPING), resideInAPackage(REST));

  static final ArchRule THE_DOMAIN_IS_PLAIN_JAVA =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.quarkus..",
              "io.smallrye..",
              "jakarta.ws.rs..",
              "jakarta.enterprise..",
              "jakarta.inject..",
              "jakarta.transaction..",
              "org.eclipse.microprofile..",
              "com.fasterxml.jackson..")
          .because("the rules the domain is about are plain classes, testable without a start");

  static final ArchRule RULES_LIVE_IN_THE_DOMAIN =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("Rule")
          .or()
          .haveSimpleNameEndingWith("Rules")
          .should()
          .resideOutsideOfPackage(DOMAIN)
          .allowEmptyShould(true)
          .because("a rule is a plain domain class named after the rule it encodes");

  private static final Map<String, ArchRule> RULES =
      Map.of(
          "layers point one way", LAYERS_POINT_ONE_WAY,
          "no package cycles", NO_PACKAGE_CYCLES,
          "the domain is plain Java", THE_DOMAIN_IS_PLAIN_JAVA,
          "rules live in the domain", RULES_LIVE_IN_THE_DOMAIN);
}
