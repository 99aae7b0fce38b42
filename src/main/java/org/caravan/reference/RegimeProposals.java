package org.caravan.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.caravan.reference.internal.JurisdictionFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regimes read from a file beside the bundled ones, for a policy comparison: a ministry's
 * draft rule (a new threshold, another rate) in the layout of the {@code regimes} array of
 * {@code reference/jurisdictions.json}, checked as strictly. A proposal is never put in force:
 * it is only replayed against the traffic the rules in force assessed.
 */
public final class RegimeProposals {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RegimeProposals() {
    }

    /**
     * The regimes of {@code file}, each for jurisdictions Caravan clears for and under an id
     * no bundled regime has, so a report never confuses a draft with a rule in force.
     *
     * @throws IllegalArgumentException naming the file, the regime and the field at fault
     */
    public static List<Regime> read(Path file, Jurisdictions known) {
        List<Regime> regimes;
        try (InputStream in = Files.newInputStream(file)) {
            var root = JSON.readTree(in);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("/: required, a JSON object with a \"regimes\" array");
            }
            regimes = JurisdictionFile.regimes(root);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": not JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < regimes.size(); i++) {
            Regime r = regimes.get(i);
            String at = file + ": /regimes/" + i + " (" + r.id() + "): ";
            if (known.regime(r.id()).isPresent()) {
                throw new IllegalArgumentException(at + "id is the id of a bundled regime; give the proposal its own");
            }
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException(at + "id appears more than once in the file");
            }
            if (r.jurisdictions().isEmpty()) {
                throw new IllegalArgumentException(at + "jurisdictions: required, at least one");
            }
            r.jurisdictions().stream().filter(c -> !known.clearsFor(c)).findFirst().ifPresent(c -> {
                throw new IllegalArgumentException(at + "jurisdictions: Caravan does not clear for " + c);
            });
        }
        return regimes;
    }
}
