/**
 * Watching Lien run: the health of its parts in detail for head office and managers (the public
 * {@code /health} says only UP or DOWN), its metrics for Prometheus ({@code /prometheus}, for a scraper
 * holding the scrape token or on the server's own machine), and what each part counts. Docs:
 * docs/operations.md, docs/security.md.
 */
package io.lien.server.operations;
