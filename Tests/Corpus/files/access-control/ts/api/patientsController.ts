import { Controller, Get, Param, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";

import { Public } from "../auth/public.decorator";
import { PatientsService } from "./patients.service";

@Controller("patients")
@UseGuards(AuthGuard("jwt"))
export class PatientsController {
  constructor(private readonly patients: PatientsService) {}

  @Get(":id")
  find(@Param("id") id: string) {
    return this.patients.find(id);
  }

  @Public()
  @Get(":id/documents")
  documents(@Param("id") id: string) {
    return this.patients.documents(id);
  }
}

@Controller("status")
export class StatusController {
  @Public()
  @Get()
  status() {
    return { ok: true };
  }
}
