package cn.whuh.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module map holds: the feature packages ({@code cn.whuh.portal.<feature>}) depend on each other in no
 * circle, and {@code base} depends on no feature. Any new dependency that closes a circle fails the build here
 * with the classes that close it. And no source file grows past 350 lines.
 */
class ModularityTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.whuh.portal");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("cn.whuh.portal.(*)..").should().beFreeOfCycles().check(PORTAL);
    }

    @Test
    void baseKnowsNoFeature() {
        noClasses().that().resideInAPackage("cn.whuh.portal.base..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.whuh.portal.study..",
                        "cn.whuh.portal.prescreen..", "cn.whuh.portal.lead..", "cn.whuh.portal.triage..",
                        "cn.whuh.portal.staff..", "cn.whuh.portal.notify..", "cn.whuh.portal.settings..",
                        "cn.whuh.portal.audit..")
                .check(PORTAL);
    }

    @Test
    void theFeatureListAboveIsComplete() {
        org.assertj.core.api.Assertions.assertThat(PORTAL.stream()
                        .map(c -> c.getPackageName().replaceFirst("^cn\\.whuh\\.portal\\.?", "").split("\\.")[0])
                        .filter(p -> !p.isEmpty()).distinct())
                .containsExactlyInAnyOrder("base", "study", "prescreen", "lead", "triage", "staff", "notify",
                        "settings", "audit");
    }

    /** Files stay small enough to read in one go: no source file of the portal over 350 lines. */
    @Test
    void noSourceFileIsLongerThan350Lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > 350).map(Path::toString).toList();
            org.assertj.core.api.Assertions.assertThat(tooLong).isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
