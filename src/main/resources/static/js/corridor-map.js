// The corridor map. Works offline: routes and checkpoints are drawn over a plain background with a grid of
// degrees for orientation; map tiles are added only when the server names a tile URL (data-tiles).
(function () {
    'use strict';

    var STATUS_COLOURS = { OPEN: '#1e7a46', SUSPENDED: '#b26b00', CLOSED: '#a4262c', PLANNED: '#0b5563' };

    function label(properties, arabic) {
        return (arabic ? properties.nameAr : properties.nameEn) || properties.code;
    }

    function graticule(map, bounds) {
        var step = 0.5;
        var south = Math.floor(bounds.getSouth() / step) * step - step;
        var north = Math.ceil(bounds.getNorth() / step) * step + step;
        var west = Math.floor(bounds.getWest() / step) * step - step;
        var east = Math.ceil(bounds.getEast() / step) * step + step;
        var style = { color: '#b9ab8c', weight: 1, opacity: 0.6, interactive: false };
        for (var lat = south; lat <= north; lat += step) {
            L.polyline([[lat, west], [lat, east]], style).addTo(map);
        }
        for (var lon = west; lon <= east; lon += step) {
            L.polyline([[south, lon], [north, lon]], style).addTo(map);
        }
    }

    function draw(element) {
        var data = JSON.parse(element.getAttribute('data-features'));
        var arabic = document.documentElement.lang === 'ar';
        var minutes = element.getAttribute('data-label-minutes') || 'min';
        var map = L.map(element, { attributionControl: false, zoomSnap: 0.25, scrollWheelZoom: false });
        var tiles = element.getAttribute('data-tiles');
        if (tiles) {
            L.tileLayer(tiles, { maxZoom: 16 }).addTo(map);
            element.classList.add('with-tiles');
        }
        var camps = {};
        var layer = L.geoJSON(data, {
            style: function (feature) {
                var status = feature.properties.status;
                return {
                    color: STATUS_COLOURS[status] || '#0b5563', weight: 5, opacity: 0.9,
                    dashArray: status === 'OPEN' ? null : '10 8'
                };
            },
            pointToLayer: function (feature, latlng) {
                return L.circleMarker(latlng, {
                    radius: 8, color: '#1d2a30', weight: 2, fillColor: '#f2c14e', fillOpacity: 1
                });
            },
            onEachFeature: function (feature, shape) {
                var p = feature.properties;
                if (p.kind === 'checkpoint') {
                    shape.bindTooltip(p.sequence + '. ' + label(p, arabic) + ' (' + p.expectedMinutesFromCamp + ' '
                        + minutes + ')', { permanent: true, direction: 'right', className: 'map-label' });
                } else {
                    shape.bindTooltip(label(p, arabic), { sticky: true, className: 'map-label route-label' });
                    var start = feature.geometry.coordinates[0];
                    camps[start[1] + ',' + start[0]] = { at: [start[1], start[0]], name: p.from };
                }
            }
        }).addTo(map);
        Object.keys(camps).forEach(function (key) {
            L.circleMarker(camps[key].at, { radius: 11, color: '#1d2a30', weight: 3, fillColor: '#ffffff', fillOpacity: 1 })
                .bindTooltip(camps[key].name, { permanent: true, direction: 'left', className: 'map-label camp-label' })
                .addTo(map);
        });
        var bounds = layer.getBounds();
        if (bounds.isValid()) {
            map.fitBounds(bounds, { padding: [40, 40] });
            if (!tiles) {
                graticule(map, bounds);
            }
        } else {
            map.setView([33.3, 38.7], 8);
        }
        L.control.scale({ imperial: false }).addTo(map);
        element.setAttribute('data-drawn', String(data.features.length));
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.corridor-map[data-features]').forEach(draw);
    });
})();
