# Build on Vaadin's pre-compiled production bundle (Maven Central only: no Node.js, no npm), then run
# on a JRE. See pom.xml, profile 'production'.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -Pproduction dependency:go-offline
COPY src src
COPY frontend frontend
COPY docker/backup docker/backup
RUN ./mvnw -B -Pproduction package -DskipTests

# The runtime is Java 25 while the code stays Java 17 (compiled with --release 17 above, tested on 17):
# Java 25's ahead-of-time cache (JEP 483/514/515) starts the app about a quarter faster than Java 17's
# class data sharing, measured side by side (README "Start-up").
FROM eclipse-temurin:25-jre
RUN useradd --system kringwerk
COPY --from=build /src/target/kringwerk-*.jar /tmp/kringwerk.jar
# The jar is extracted (the cache needs plain jars), then a training run starts the application once and
# the JVM writes the classes it loaded and linked, and the methods' profiles, to the cache. There is no
# database while the image is built: the training runs without migrations and stops at the first query
# (an error it prints and that is expected); the cache is written when the JVM exits.
RUN java -Djarmode=tools -jar /tmp/kringwerk.jar extract --destination /app \
    && rm /tmp/kringwerk.jar \
    && (DB_URL=jdbc:mariadb://127.0.0.1:1/none java -XX:AOTCacheOutput=/app/kringwerk.aot \
        -Dspring.context.exit=onRefresh -Dspring.flyway.enabled=false -Dspring.jpa.hibernate.ddl-auto=none \
        -Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
        -Dspring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect \
        -jar /app/kringwerk.jar > /tmp/aot-training.log 2>&1 || true) \
    && (grep -q "AOTCache creation is complete" /tmp/aot-training.log \
        || (tail -40 /tmp/aot-training.log; false)) \
    && test -s /app/kringwerk.aot \
    && rm /tmp/aot-training.log
USER kringwerk
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/app/kringwerk.aot", "-jar", "/app/kringwerk.jar"]
