/** HTTP: the day's visits, one visit, and the product funnel for managers. */
package io.lien.server.visits.web;
