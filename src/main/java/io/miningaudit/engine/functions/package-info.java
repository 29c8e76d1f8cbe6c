/** The small pure functions rules call for dates, kWh and money, and the builders of findings and data issues. */
package io.miningaudit.engine.functions;
