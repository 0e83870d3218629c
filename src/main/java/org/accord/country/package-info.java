/**
 * Countries: ISO 3166-1 codes checked on every form and import ({@code @CountryCode}),
 * and their names in the reader's language, sorted as that language sorts (ICU4J's
 * collation), for menus, lists and history.
 */
package org.accord.country;
