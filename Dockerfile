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

FROM eclipse-temurin:17-jre
RUN useradd --system kringwerk
USER kringwerk
COPY --from=build /src/target/kringwerk-*.jar /app/kringwerk.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/kringwerk.jar"]
