package org.caravan.reference;

/** What an import of the HS nomenclature stored. */
public record NomenclatureImported(int chapters, int headings, int subheadings) {
}
