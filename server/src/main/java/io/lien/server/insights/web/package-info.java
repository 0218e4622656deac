/** The insights pages (sign-in, the store, garments, a day's visits, every store of a manager) and their CSV tables. */
package io.lien.server.insights.web;
