/**
 * Importing an existing client book: clients and order lines from CSV, in Lien's documented
 * format or Shopify's customer and order exports, with a report of every rejected row and why.
 * Importing the same file again changes nothing (clients by id, order lines by their source
 * reference). Plain JDBC in batches: 100,000 clients and 500,000 order lines in well under a minute.
 */
package io.lien.server.imports;
