from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework import permissions, viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.response import Response

from .models import LabResult, Patient
from .serializers import LabResultSerializer, PatientSerializer


class PatientViewSet(viewsets.ModelViewSet):
    queryset = Patient.objects.all()
    serializer_class = PatientSerializer
    permission_classes = [permissions.AllowAny]


class LabResultViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = LabResultSerializer
    permission_classes = [permissions.IsAuthenticated, permissions.DjangoModelPermissions]

    def get_queryset(self):
        return LabResult.objects.filter(ordering_clinic__in=self.request.user.clinics.all())


@csrf_exempt
def update_patient_contact(request, patient_id):
    patient = Patient.objects.get(pk=patient_id)
    patient.phone = request.POST["phone"]
    patient.save(update_fields=["phone"])
    return JsonResponse({"ok": True})


@api_view(["GET"])
@permission_classes([permissions.AllowAny])
def health(request):
    return Response({"status": "ok"})


@api_view(["GET"])
@permission_classes([permissions.IsAuthenticated])
def my_appointments(request):
    return Response({"count": request.user.appointments.count()})
