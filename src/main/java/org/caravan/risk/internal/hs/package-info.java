/** The text index behind HS suggestions: BM25 over subheadings and labelled descriptions, votes per subheading. */
package org.caravan.risk.internal.hs;
