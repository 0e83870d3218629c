/**
 * The record pages that compose several kinds of record: a partner's page with its
 * timeline, an agreement's page, a delegation's page with its outcomes, and a source's
 * page.
 * <p>
 * They live here, above the record packages ({@code institution}, {@code agreement},
 * {@code delegation}, {@code office}, {@code condition}, {@code person},
 * {@code statistics}, {@code source}), because each reads from several of them: in the
 * record packages they made every one of those packages import the others, one cycle of
 * eight. A page is read-only composition, so the upper package calling the lower ones'
 * public services is the whole of the coupling, and it runs one way. (Where a lower
 * package needs something from an upper one, it declares a small interface that the upper
 * one implements, as {@code institution.AgreementPartners} and
 * {@code importing.RowImporter} do.) The forms, lists and lifecycle actions of each
 * record stay in its own package.
 */
package org.accord.pages;
