/** What a manager's figures are, computed without the framework: periods, rates, charts and the plan's heat map. */
package io.lien.server.insights.model;
