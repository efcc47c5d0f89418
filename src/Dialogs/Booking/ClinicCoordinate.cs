namespace HeelBot.Dialogs.Booking;

/// <summary>A point on the map in degrees (WGS 84), approximate: a town or district centre.</summary>
public readonly record struct ClinicCoordinate(double Latitude, double Longitude)
{
    private const double EarthRadiusKm = 6371.0;

    /// <summary>The great-circle distance in kilometres (haversine): straight line, not by road.</summary>
    public double DistanceKmTo(ClinicCoordinate other)
    {
        var dLat = ToRadians(other.Latitude - Latitude);
        var dLon = ToRadians(other.Longitude - Longitude);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(ToRadians(Latitude)) * Math.Cos(ToRadians(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
