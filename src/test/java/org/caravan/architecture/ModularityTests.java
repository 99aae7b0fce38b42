package org.caravan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.caravan.CaravanApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds (no cycles, no access to internals) and its diagrams are current in docs/. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CaravanApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString())).contains("reference", "party", "filing",
                "interchange", "risk", "clearance", "tracking", "exchange", "monitoring", "console", "simulator");
    }

    @Test
    void writesTheModuleDiagramsIntoDocs() throws Exception {
        Path docs = Path.of("docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(docs.resolve("components.puml")).exists();
        assertThat(Files.readString(docs.resolve("components.puml"))).contains("Clearance", "Filing");
    }
}
