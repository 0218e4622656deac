/**
 * Orders from the brand's other channels, as they happen: the web shop, the app, phone orders, the
 * store's till post each order (Lien's JSON, or Shopify's {@code orders/create} webhook) and its
 * refunds, signed with their source's secret. Each order line joins the client's cross-channel
 * history once (the source's order id is the key: a retried webhook changes nothing), counts as
 * "bought" in the funnel, takes its units off the stock of where it was sold, and is credited to
 * the advisors who helped by the credit rules ({@code credit}). docs/order-intake.md is the contract.
 */
package io.lien.server.intake;
