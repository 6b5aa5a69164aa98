package coop.essaim.kernel.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import javax.sql.DataSource;
import java.net.URL;
import java.util.List;
import java.util.Properties;

/**
 * A persistence unit without persistence.xml: the kernel (acting as the JPA "container") supplies the class
 * loader that sees the module's entities, the shared DataSource and the list of managed classes.
 */
final class ProgrammaticPersistenceUnitInfo implements PersistenceUnitInfo {

    private final String unitName;
    private final ClassLoader classLoader;
    private final DataSource dataSource;
    private final List<String> managedClassNames;
    private final URL rootUrl;
    private final Properties properties = new Properties();

    ProgrammaticPersistenceUnitInfo(String unitName, ClassLoader classLoader, DataSource dataSource,
                                    List<String> managedClassNames, URL rootUrl) {
        this.unitName = unitName;
        this.classLoader = classLoader;
        this.dataSource = dataSource;
        this.managedClassNames = List.copyOf(managedClassNames);
        this.rootUrl = rootUrl;
    }

    @Override public String getPersistenceUnitName() { return unitName; }
    @Override public String getPersistenceProviderClassName() { return "org.eclipse.persistence.jpa.PersistenceProvider"; }
    @Override public PersistenceUnitTransactionType getTransactionType() { return PersistenceUnitTransactionType.RESOURCE_LOCAL; }
    @Override public DataSource getJtaDataSource() { return null; }
    @Override public DataSource getNonJtaDataSource() { return dataSource; }
    @Override public List<String> getMappingFileNames() { return List.of(); }
    @Override public List<URL> getJarFileUrls() { return List.of(); }
    @Override public URL getPersistenceUnitRootUrl() { return rootUrl; }
    @Override public List<String> getManagedClassNames() { return managedClassNames; }
    @Override public boolean excludeUnlistedClasses() { return true; }
    @Override public SharedCacheMode getSharedCacheMode() { return SharedCacheMode.UNSPECIFIED; }
    @Override public ValidationMode getValidationMode() { return ValidationMode.NONE; }
    @Override public Properties getProperties() { return properties; }
    @Override public String getPersistenceXMLSchemaVersion() { return "3.0"; }
    @Override public ClassLoader getClassLoader() { return classLoader; }

    /**
     * EclipseLink offers a transformer only for dynamic weaving, which the kernel never turns on (lazy loading
     * would silently become eager where it is not applied): classes are woven at build time or not at all.
     */
    @Override public void addTransformer(ClassTransformer transformer) {
    }

    @Override public ClassLoader getNewTempClassLoader() {
        return new TempClassLoader(classLoader, managedClassNames);
    }
}
