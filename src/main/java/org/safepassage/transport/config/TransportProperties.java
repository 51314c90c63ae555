package org.safepassage.transport.config;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transport settings ({@code safepassage.transport.*}).
 *
 * @param planningTimeLimit  the longest a planning run may solve before its best plan is kept
 * @param gracePeriod        how long after the expected time someone may still be unseen before an alert is raised
 * @param alertCheckInterval how often the unaccounted-for check runs
 * @param zone               the operation's local time zone (departure times are typed and shown in it)
 */
@ConfigurationProperties("safepassage.transport")
public record TransportProperties(@DefaultValue("PT30S") Duration planningTimeLimit,
        @DefaultValue("PT30M") Duration gracePeriod, @DefaultValue("PT1M") Duration alertCheckInterval,
        @DefaultValue("Asia/Damascus") ZoneId zone) {
}
