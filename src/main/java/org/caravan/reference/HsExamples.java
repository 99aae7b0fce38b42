package org.caravan.reference;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.caravan.reference.internal.store.HsExampleTable;
import org.springframework.stereotype.Service;

/**
 * Product descriptions labelled with HS subheadings by customs administrations: what HS
 * suggestions learn from. Caravan ships none; a deployment imports the files it may use.
 */
@Service
public class HsExamples {

    private final HsExampleTable table;
    private final AtomicLong imports = new AtomicLong();

    HsExamples(HsExampleTable table) {
        this.table = table;
    }

    /** Replaces the stored examples with the rows of {@code files} (CSV {@code description,hs6,source,...}). */
    public int importFiles(List<Path> files) {
        int stored = table.replaceWith(files);
        imports.incrementAndGet();
        return stored;
    }

    public List<HsExample> all() {
        return table.all();
    }

    public int count() {
        return table.count();
    }

    /** Imports made by this process, so a reader can tell its copy is stale without asking the store. */
    public long imports() {
        return imports.get();
    }
}
