package org.eventline.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eventline.dataset.DatasetDocument.LocationEntry;
import org.eventline.dataset.DatasetDocument.Point;
import org.eventline.location.Location;
import org.eventline.location.LocationRef;
import org.eventline.location.LocationRepository;
import org.eventline.location.LocationView;

/** Places as curators write them; a place may not move inside itself. */
@ApplicationScoped
class LocationRecords implements RecordKind<Location, LocationEntry> {

    @Inject
    LocationRepository repository;
    @Inject
    DatasetImporter records;

    @Override
    public String noun() {
        return "location";
    }

    @Override
    public Class<LocationEntry> entryType() {
        return LocationEntry.class;
    }

    @Override
    public Optional<Location> find(String idOrSlug) {
        return repository.findByIdOrSlug(idOrSlug);
    }

    @Override
    public UUID id(Location location) {
        return location.id;
    }

    @Override
    public String slug(Location location) {
        return location.slug;
    }

    @Override
    public String entrySlug(LocationEntry entry) {
        return entry.slug();
    }

    @Override
    public LocationEntry entry(Location location) {
        return new LocationEntry(location.id, location.slug, location.name, location.kind,
                location.parent == null ? null : location.parent.slug, location.aliases,
                location.longitude == null ? null : new Point(location.longitude, location.latitude),
                location.locationPrecision, location.description);
    }

    @Override
    public Location build(LocationEntry entry, Problems problems) {
        return records.newLocation(entry, "", records.newReferences().locations(), problems);
    }

    @Override
    public void copy(Location from, Location to, Problems problems) {
        if (from.parent != null && repository.contains(to.id, from.parent.id)) {
            problems.add("parent", "'" + from.parent.slug + "' lies inside '" + to.slug
                    + "': a place cannot move inside itself");
            return;
        }
        to.name = from.name;
        to.kind = from.kind;
        to.parent = from.parent;
        to.aliases = new ArrayList<>(from.aliases);
        to.longitude = from.longitude;
        to.latitude = from.latitude;
        to.locationPrecision = from.locationPrecision;
        to.description = from.description;
    }

    @Override
    public void persist(Location location) {
        repository.persist(location);
    }

    @Override
    public void delete(Location location) {
        repository.delete(location);
    }

    @Override
    public Object view(Location location) {
        return LocationView.of(location, repository.parentChain(location).stream().map(LocationRef::of).toList(),
                repository.children(location).stream().map(LocationRef::of).toList());
    }

    @Override
    public List<UUID> eventsShowing(Location location) {
        return repository.findEventsShowing(location.id);
    }

    @Override
    public List<String> references(Location location) {
        return repository.findReferences(location.id);
    }
}
