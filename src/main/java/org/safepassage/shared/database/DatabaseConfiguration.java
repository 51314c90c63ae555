package org.safepassage.shared.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The single DataSource: the external PostgreSQL when a URL is configured, else the embedded one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** Closed by the data source, after its last connection, so shutdown never waits on a stopped server. */
    @Bean(destroyMethod = "")
    @Conditional(NoExternalDatabase.class)
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        return EmbeddedDatabase.start(properties.dataDir(), properties.db().ephemeral());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
        var config = new HikariConfig();
        var db = properties.db();
        config.setMaximumPoolSize(db.poolSize());
        config.setPoolName("safepassage");
        if (db.external()) {
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
            return new HikariDataSource(config);
        }
        var server = embedded.getObject();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        return new HikariDataSource(config) {
            @Override
            public void close() {
                super.close();
                server.close();
            }
        };
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("safepassage.db.url");
            return url == null || url.isBlank();
        }
    }
}
